package dev.deliberate.demoplatform.ags;

import org.springframework.http.MediaType;

/** The media types of LTI AGS 2.0: line items, results, scores. */
final class AgsMediaTypes {

    static final String LINE_ITEM_VALUE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String SCORE_VALUE = "application/vnd.ims.lis.v1.score+json";

    static final MediaType LINE_ITEM = MediaType.parseMediaType(LINE_ITEM_VALUE);
    static final MediaType LINE_ITEM_CONTAINER = MediaType.parseMediaType("application/vnd.ims.lis.v2.lineitemcontainer+json");
    static final MediaType RESULT_CONTAINER = MediaType.parseMediaType("application/vnd.ims.lis.v2.resultcontainer+json");
    static final MediaType RESULT = MediaType.parseMediaType("application/vnd.ims.lis.v2.result+json");

    private AgsMediaTypes() {
    }
}
