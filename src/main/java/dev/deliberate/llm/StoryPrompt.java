package dev.deliberate.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.deliberate.practice.spi.StoryDraft;
import dev.deliberate.practice.spi.StoryOrder;
import dev.deliberate.practice.spi.StoryOrder.StorySample;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The math-story prompt: the versioned instructions in {@code prompts/math-story.v1.txt}, the data
 * of one order as JSON (the context and the engine's sample equations: nothing else), the JSON
 * schema of the answer, and the answer read back into drafts. Anything that does not follow the
 * schema gives no drafts.
 */
final class StoryPrompt {

    static final String VERSION = "math-story.v1";
    private static final String[] FIELDS = { "equation", "unknown", "english", "spanish" };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String instructions;

    private StoryPrompt(String instructions) {
        this.instructions = instructions;
    }

    static StoryPrompt load() {
        try (InputStream in = StoryPrompt.class.getResourceAsStream("/prompts/" + VERSION + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing prompt " + VERSION);
            }
            return new StoryPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String instructions() {
        return instructions;
    }

    /** The order as data: its context and equations. */
    String data(StoryOrder order) {
        List<Map<String, Object>> equations = new ArrayList<>();
        for (StorySample sample : order.samples()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("equation", sample.equation());
            one.put("numbers", sample.numbers());
            one.put("x", sample.answer());
            equations.add(one);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("context", order.context());
        data.put("equations", equations);
        return JSON.writeValueAsString(data);
    }

    static JsonSchema schema() {
        JsonObjectSchema.Builder story = JsonObjectSchema.builder();
        for (String field : FIELDS) {
            story.addStringProperty(field);
        }
        JsonObjectSchema stories = JsonObjectSchema.builder()
                .addProperty("stories", JsonArraySchema.builder().items(story.required(FIELDS).additionalProperties(false).build()).build())
                .required("stories").additionalProperties(false).build();
        return JsonSchema.builder().name("math_stories").rootElement(stories).build();
    }

    /** The drafts in the answer, in order; empty when the answer is not JSON of the schema. */
    static List<StoryDraft> drafts(String answer) {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        }
        catch (JacksonException notJson) {
            return List.of();
        }
        JsonNode stories = root == null ? null : root.get("stories");
        if (stories == null || !stories.isArray()) {
            return List.of();
        }
        List<StoryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            JsonNode story = stories.get(i);
            if (story == null || !story.isObject() || !hasStrings(story)) {
                drafts.add(null);
                continue;
            }
            drafts.add(new StoryDraft(story.get("equation").stringValue(), story.get("unknown").stringValue(),
                    story.get("english").stringValue(), story.get("spanish").stringValue()));
        }
        return drafts;
    }

    private static boolean hasStrings(JsonNode story) {
        for (String field : FIELDS) {
            JsonNode value = story.get(field);
            if (value == null || !value.isString()) {
                return false;
            }
        }
        return true;
    }
}
