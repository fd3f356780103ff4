package dev.deliberate.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.deliberate.practice.spi.WritingCoach.Comment;
import dev.deliberate.practice.spi.WritingCoach.Judged;
import dev.deliberate.practice.spi.WritingCoach.Request;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writing-feedback prompt: the versioned instructions in {@code prompts/writing-feedback.v1.txt},
 * the data of one request (the task, the rules' verdicts, and the learner's text fenced as data:
 * nothing that names anyone), the JSON schema of the answer, and the answer read back. An answer
 * is used only whole: one comment that breaks a rule ({@link WritingAnswers}) discards them all.
 */
final class WritingPrompt {

    static final String VERSION = "writing-feedback.v1";
    static final String TEXT_OPEN = "<<<STUDENT_TEXT";
    static final String TEXT_CLOSE = "STUDENT_TEXT>>>";
    static final String PREVIOUS_OPEN = "<<<PREVIOUS_DRAFT";
    static final String PREVIOUS_CLOSE = "PREVIOUS_DRAFT>>>";
    static final String[] FIELDS = { "criterion", "quote", "observation", "next_step", "observation_es", "next_step_es" };
    /** Three or more angle brackets in a row: what a fence is made of. */
    private static final Pattern FENCE_LIKE = Pattern.compile("<{3,}|>{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TASKS = Map.ofEntries(
            Map.entry("thesis", "a thesis statement answering a debatable question"),
            Map.entry("hook", "a hook: an opening sentence that makes the reader want to go on, for a given thesis"),
            Map.entry("roadmap", "a roadmap sentence announcing the essay's main points"),
            Map.entry("claim", "a topic sentence stating a claim"),
            Map.entry("evidence", "evidence for a claim, and reasoning that links it to the claim"),
            Map.entry("reasoning", "reasoning that explains how evidence supports a claim"),
            Map.entry("transition", "a transition between two given paragraphs"),
            Map.entry("counter-argument", "a counter-argument and an answer to it"),
            Map.entry("conclusion", "a conclusion that goes beyond repeating the thesis"),
            Map.entry("language", "two or three careful sentences (spelling and grammar)"),
            Map.entry("introduction", "the introduction of the student's essay: hook, thesis, roadmap"),
            Map.entry("body", "a body paragraph of the student's essay: claim, evidence, reasoning"),
            Map.entry("essay-transition", "the transition into the second body paragraph of the student's essay"),
            Map.entry("essay-counter-argument", "the paragraph of the student's essay on the other side"),
            Map.entry("essay-conclusion", "the conclusion of the student's essay"));

    private final String instructions;

    private WritingPrompt(String instructions) {
        this.instructions = instructions;
    }

    static WritingPrompt load() {
        try (InputStream in = WritingPrompt.class.getResourceAsStream("/prompts/" + VERSION + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing prompt " + VERSION);
            }
            return new WritingPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String instructions() {
        return instructions;
    }

    /** The request as data: the task, the rules' verdicts, and the texts inside their fences. */
    static String data(Request request) {
        StringBuilder data = new StringBuilder();
        data.append("Task: ").append(TASKS.getOrDefault(request.task(), request.task())).append('\n');
        data.append("Criteria and the rules' verdicts (final):\n");
        for (Judged judged : request.verdicts()) {
            data.append("- ").append(judged.criterion()).append(": ").append(judged.met() ? "met" : "not met").append('\n');
        }
        if (request.previous() == null) {
            data.append("This is a first draft.\n");
        }
        else {
            data.append("This is a revision. The previous draft:\n")
                    .append(PREVIOUS_OPEN).append('\n').append(fenced(request.previous())).append('\n').append(PREVIOUS_CLOSE).append('\n');
        }
        data.append("The student's text:\n").append(TEXT_OPEN).append('\n').append(fenced(request.text())).append('\n').append(TEXT_CLOSE);
        return data.toString();
    }

    /** A learner's text made safe to put inside a fence: no fence-like run of brackets, no control characters. */
    static String fenced(String text) {
        String plain = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
        return FENCE_LIKE.matcher(plain).replaceAll(run -> (run.group().charAt(0) == '<' ? "‹" : "›").repeat(run.group().length()));
    }

    /** The schema of the answer; the criterion is one of the request's. */
    static JsonSchema schema(Request request) {
        JsonObjectSchema comment = JsonObjectSchema.builder()
                .addEnumProperty("criterion", request.verdicts().stream().map(Judged::criterion).toList())
                .addStringProperty("quote").addStringProperty("observation").addStringProperty("next_step")
                .addStringProperty("observation_es").addStringProperty("next_step_es")
                .required(FIELDS).additionalProperties(false).build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("comments", JsonArraySchema.builder().items(comment).build())
                .required("comments").additionalProperties(false).build();
        return JsonSchema.builder().name("writing_feedback").rootElement(root).build();
    }

    /**
     * The comments of an answer when every one of them may be shown for the request's text; empty
     * when the answer is not JSON of the schema or any comment breaks a rule. Names are checked
     * apart ({@link WritingAnswers#namesNobody}), since they depend on the learner.
     */
    static Optional<List<Comment>> read(String answer, Request request) {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        }
        catch (JacksonException notJson) {
            return Optional.empty();
        }
        JsonNode comments = root == null ? null : root.get("comments");
        if (comments == null || !comments.isArray() || comments.isEmpty() || comments.size() > request.verdicts().size()) {
            return Optional.empty();
        }
        Set<String> criteria = new HashSet<>(request.verdicts().stream().map(Judged::criterion).toList());
        List<Comment> read = new ArrayList<>();
        for (JsonNode node : comments) {
            if (node == null || !node.isObject() || !hasStrings(node)) {
                return Optional.empty();
            }
            Comment comment = new Comment(node.get("criterion").stringValue(), node.get("quote").stringValue().strip(),
                    node.get("observation").stringValue().strip(), node.get("next_step").stringValue().strip(),
                    node.get("observation_es").stringValue().strip(), node.get("next_step_es").stringValue().strip());
            if (!criteria.remove(comment.criterion()) || !WritingAnswers.fits(comment, request.text())) {
                return Optional.empty();
            }
            read.add(comment);
        }
        return Optional.of(List.copyOf(read));
    }

    private static boolean hasStrings(JsonNode node) {
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || !value.isString()) {
                return false;
            }
        }
        return node.size() == FIELDS.length;
    }
}
