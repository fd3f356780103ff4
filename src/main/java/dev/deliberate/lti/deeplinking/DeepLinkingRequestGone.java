package dev.deliberate.lti.deeplinking;

/**
 * A Deep Linking request that can no longer be answered: answered already (perhaps by a concurrent
 * post of the same form) or expired. The teacher starts again from the course; any other failure to
 * answer is an error of the tool, not this.
 */
public class DeepLinkingRequestGone extends RuntimeException {

    public DeepLinkingRequestGone(String message) {
        super(message);
    }
}
