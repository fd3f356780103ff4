package dev.deliberate.demoplatform.deeplinking;

import java.util.List;

import dev.deliberate.demoplatform.client.ToolClient;

/**
 * A verified deep linking response: the tool that sent it, the course it answers for, the
 * resource links to add, and the tool's messages for the teacher ({@code msg}, {@code errormsg}).
 */
record DeepLinkingResponse(ToolClient client, String courseId, List<ResourceLinkItem> items, String message,
        String errorMessage) {
}
