package dev.deliberate.lti.keys;

/**
 * The life of a tool key: published before use ({@code NEXT}), signing ({@code ACTIVE}), then
 * published only until the tokens it signed have expired ({@code RETIRING}).
 */
public enum ToolKeyStatus {
    NEXT, ACTIVE, RETIRING
}
