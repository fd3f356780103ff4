package dev.deliberate.demoplatform.client;

import java.util.List;

/** The LTI Advantage service scopes the demo platform grants (AGS 2.0, NRPS 2.0). */
public final class AdvantageScopes {

    public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String MEMBERSHIP_READONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public static final List<String> AGS = List.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE);
    public static final List<String> ALL = List.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE, MEMBERSHIP_READONLY);

    private AdvantageScopes() {
    }
}
