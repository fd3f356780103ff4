package dev.deliberate.demoplatform.api;

import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a service container: {@code limit} items from the 1-based {@code page}, with the URL
 * of the next page for a {@code Link: <…>; rel="next"} header (AGS 2.0 and NRPS 2.0 paging).
 */
public record Paging(int limit, int page) {

    private static final int MAX_LIMIT = 1000;

    /** The page a request asks for, {@code defaultLimit} items when it gives no limit. */
    public static Paging of(Integer limit, Integer page, int defaultLimit) {
        if (limit != null && limit < 1 || page != null && page < 1) {
            throw ServiceError.invalidRequest("limit and page must be positive");
        }
        return new Paging(Math.min(limit == null ? defaultLimit : limit, MAX_LIMIT), page == null ? 1 : page);
    }

    public int offset() {
        return (page - 1) * limit;
    }

    /** The items of this page from a query that read one more than {@code limit}. */
    public <T> List<T> items(List<T> readOneMore) {
        return readOneMore.size() > limit ? readOneMore.subList(0, limit) : readOneMore;
    }

    /** The next page's URL when the query found more than {@code limit} items. */
    public Optional<String> next(String requestUrl, List<?> readOneMore) {
        if (readOneMore.size() <= limit) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromUriString(requestUrl).replaceQueryParam("limit", limit)
                .replaceQueryParam("page", page + 1).build().toUriString());
    }

    /** A {@code Link} header value. */
    public static String link(String url, String rel) {
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
