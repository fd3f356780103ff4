package dev.deliberate.course;

/**
 * Where a member's grade for an assignment goes at the platform.
 *
 * @param platformId      the registration to call the platform with
 * @param lineItemsUrl    the course's AGS line item container, or null
 * @param lineItemUrl     the assignment's line item, when known (from the launch or found before)
 * @param lineItemMaximum its scoreMaximum, when known
 * @param resourceLinkId  the platform's id of the resource link
 * @param userId          the member's platform user id (their launches' {@code sub})
 * @param platformFamily  {@code canvas}, {@code moodle}, … or null
 * @param locale          the course's language for what goes into its gradebook (a BCP 47 tag), or null
 */
public record GradeTarget(long platformId, String lineItemsUrl, String lineItemUrl, Double lineItemMaximum,
        String resourceLinkId, String linkTitle, String userId, String platformFamily, String locale) {
}
