package dev.deliberate.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/** An htmx answer that is a region already rendered to HTML. */
record HtmlRegion(String html) implements View {

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType(getContentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
