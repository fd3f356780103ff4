package dev.deliberate.lti.services;

import java.util.List;

/**
 * A member of a course as NRPS 2.0 lists them.
 *
 * @param userId the same id as the {@code sub} of their launches
 * @param status Active, Inactive or Deleted
 */
public record Member(String userId, String name, String givenName, String familyName, String email, List<String> roles,
        String status) {

    public boolean active() {
        return status == null || status.equalsIgnoreCase("Active");
    }
}
