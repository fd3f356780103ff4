package dev.deliberate.demoplatform.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.DemoProperties;

/** The absolute URLs of the demo platform's services, as launches advertise them and tools call them. */
@Component
@Profile("demo")
public class ServiceUrls {

    private final DemoProperties properties;

    ServiceUrls(DemoProperties properties) {
        this.properties = properties;
    }

    /** The AGS line item container of a course. */
    public String lineItems(String courseId) {
        return properties.url("/demo/api/courses/" + courseId + "/lineitems");
    }

    public String lineItem(String courseId, long lineItemId) {
        return lineItems(courseId) + "/" + lineItemId;
    }

    /** The NRPS context membership URL of a course. */
    public String memberships(String courseId) {
        return properties.url("/demo/api/courses/" + courseId + "/memberships");
    }

    /** The URL of a request as the tool called it, on the platform's public base URL. */
    public String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return properties.url(request.getRequestURI()) + (query == null ? "" : "?" + query);
    }
}
