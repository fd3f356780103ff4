package dev.deliberate.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/** An id_token far over the form limit gets the tool's own reason page, not the container's, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class OversizedLaunchTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Test
    void aOneMebibyteIdTokenIsRefusedWithItsReasonPage(CapturedOutput output) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", "e".repeat(1 << 20));
        form.put("state", "some-state");

        Reply reply = new LaunchClient(baseUrl, false).post("/lti/launch", form);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("TOKEN_TOO_LARGE", "Deliberate").doesNotContain("Exception", "Tomcat");
        assertThat(output.getOut()).contains("LTI launch refused reason=TOKEN_TOO_LARGE").doesNotContain("\tat org.apache");
    }
}
