package dev.deliberate.lti.services;

import java.util.Set;

/** The OAuth scopes of LTI Advantage services. */
public final class ServiceScopes {

    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINE_ITEM_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String RESULT_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** Every AGS scope: one token serves every grade call. */
    public static final Set<String> AGS = Set.of(LINE_ITEM, LINE_ITEM_READ, RESULT_READ, SCORE);
    public static final Set<String> NRPS = Set.of(MEMBERSHIPS);

    private ServiceScopes() {
    }
}
