package dev.deliberate.lti.services;

import java.util.List;

/**
 * A course's members, every page read, and where to ask next time for what changed.
 *
 * @param differencesUrl the platform's {@code rel="differences"} link, or null
 */
public record Roster(List<Member> members, String differencesUrl) {
}
