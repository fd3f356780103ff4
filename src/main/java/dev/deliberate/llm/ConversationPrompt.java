package dev.deliberate.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.deliberate.practice.spi.LineOrder;
import dev.deliberate.practice.spi.SpokenLine;
import dev.deliberate.practice.spi.SpokenLine.UsedForm;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The French conversation prompt: the versioned instructions in
 * {@code prompts/french-conversation.v1.txt}, one turn's order as JSON data (situation, the scripted
 * line, the target verbs and tenses, and the learner's last answer fenced between {@code <student>}
 * tags), the JSON schema of the answer, and the answer read back into a draft line.
 */
final class ConversationPrompt {

    static final String VERSION = "french-conversation.v1";
    private static final String[] FORM_FIELDS = { "verb", "tense", "person", "form" };
    private static final int MAX_LINE = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String instructions;

    private ConversationPrompt(String instructions) {
        this.instructions = instructions;
    }

    static ConversationPrompt load() {
        try (InputStream in = ConversationPrompt.class.getResourceAsStream("/prompts/" + VERSION + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing prompt " + VERSION);
            }
            return new ConversationPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String instructions() {
        return instructions;
    }

    /** The order as data; the learner's words fenced, with anything that could close the fence taken out. */
    String data(LineOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("situation", order.situation());
        data.put("context", order.context());
        data.put("scripted_line", order.scripted());
        data.put("verbs", order.verbs());
        data.put("tenses", order.tenses());
        data.put("student_said", "<student>" + order.learnerSaid().replaceAll("[<>]", " ") + "</student>");
        return JSON.writeValueAsString(data);
    }

    static JsonSchema schema() {
        JsonObjectSchema.Builder form = JsonObjectSchema.builder();
        for (String field : FORM_FIELDS) {
            form.addStringProperty(field);
        }
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addStringProperty("line")
                .addProperty("forms", JsonArraySchema.builder().items(form.required(FORM_FIELDS).additionalProperties(false).build()).build())
                .required("line", "forms").additionalProperties(false).build();
        return JsonSchema.builder().name("conversation_line").rootElement(root).build();
    }

    /** The draft line in the answer; empty when it is not JSON of the schema, or the line is blank, too long or marked up. */
    static Optional<SpokenLine> draft(String answer) {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        }
        catch (JacksonException notJson) {
            return Optional.empty();
        }
        JsonNode line = root == null ? null : root.get("line");
        JsonNode forms = root == null ? null : root.get("forms");
        if (line == null || !line.isString() || forms == null || !forms.isArray()) {
            return Optional.empty();
        }
        String text = line.stringValue().strip();
        if (text.isEmpty() || text.length() > MAX_LINE || text.matches("(?s).*[<>{}\\[\\]].*|.*https?:.*")) {
            return Optional.empty();
        }
        List<UsedForm> used = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            JsonNode form = forms.get(i);
            for (String field : FORM_FIELDS) {
                if (form == null || form.get(field) == null || !form.get(field).isString()) {
                    return Optional.empty();
                }
            }
            used.add(new UsedForm(form.get("verb").stringValue(), form.get("tense").stringValue(), form.get("person").stringValue(),
                    form.get("form").stringValue()));
        }
        return Optional.of(new SpokenLine("", text, used));
    }

    /** The forms as stored beside a kept line. */
    static String formsJson(SpokenLine line) {
        return JSON.writeValueAsString(line.forms());
    }

    static List<UsedForm> forms(String json) {
        List<UsedForm> forms = new ArrayList<>();
        for (JsonNode form : JSON.readTree(json)) {
            forms.add(new UsedForm(form.get("verb").stringValue(), form.get("tense").stringValue(), form.get("person").stringValue(),
                    form.get("form").stringValue()));
        }
        return forms;
    }
}
