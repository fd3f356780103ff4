package dev.deliberate.demoplatform.deeplinking;

/** A deep linking response the platform does not accept, with the reason shown to the teacher. */
final class DeepLinkingRefused extends RuntimeException {

    DeepLinkingRefused(String reason) {
        super(reason);
    }
}
