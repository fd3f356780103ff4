package dev.deliberate.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.testing.TestPlatform;

/**
 * One student on a writing assignment over HTTP, as htmx sends it: each attempt posts a paragraph
 * of the length students write (60–120 words, some weak, some strong); while an exercise is not met,
 * the next attempt revises it (most often with a stronger paragraph), so the tool compares it with
 * the last draft. Writes the reflection
 * whenever a block asks for one (not counted as an attempt).
 */
final class WritingStudent implements LoadRun.Client {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    /** Paragraphs as students write them: announcements, bare opinions, claims with evidence and reasoning. */
    static final List<String> PARAGRAPHS = List.of(
            "In this essay I will talk about school uniforms. Some people like them and some people dont. I think it is a "
                    + "interesting topic and there is alot to say about it. Uniforms are clothes that students wear every day at "
                    + "school and they are usually the same colour. In the next paragraphs I will explain more about it.",
            "Schools should keep uniforms because they save families money and stop students judging each other by their "
                    + "clothes. For example, a survey in our town found that parents spent less on clothes after the uniform "
                    + "rule started. This shows that a uniform is cheaper than following fashion, so fewer students feel left "
                    + "out when they cannot afford new brands.",
            "Phones are bad. Students use them too much. They play games in class. Teachers get angry. It is not good for "
                    + "learning. Phones should be banned. That is what I think about this question and I am sure most people "
                    + "agree with me because it is obvious.",
            "Phones should be banned during lessons because they distract students and make it harder to remember what was "
                    + "taught. According to a study of schools in England, test scores rose after phones were banned, "
                    + "especially for students who were struggling. This matters because the students who need lessons most "
                    + "are the ones phones distract most. However, some say phones help in emergencies; but a phone kept in a "
                    + "locker can still be reached at the break.",
            "Homework should be shorter. First, students are tired after a long day. Second, they have sports and music and "
                    + "family. Finally, long homework does not always help. For instance, my cousin spends three hours every "
                    + "night and her grades did not go up. Therefore schools should give less homework, so students have time "
                    + "to rest and still practise what matters.",
            "Museums should be free for everyone, because culture belongs to all of us and free entry brings in new "
                    + "visitors. When museums in the United Kingdom stopped charging, visits rose by more than half in a few "
                    + "years. This suggests that the price keeps many families away. In conclusion, free museums are a small "
                    + "cost for a city and a big gain for the people who live there.");

    private final HttpClient http;
    private final String base;
    private final String token;
    private final Random random;
    private String page;
    private String lastItem = "";
    private int drafts;
    private long attempts;
    private final long seed;

    private WritingStudent(HttpClient http, String base, String token, long seed) {
        this.seed = seed;
        this.http = http;
        this.base = base;
        this.token = token;
        this.random = new Random(seed);
    }

    /** Launches a student into the writing assignment {@code assignment} (its signed custom parameter) and opens the first exercise. */
    static WritingStudent launch(HttpClient http, String base, TestPlatform platform, String course, String link, String assignment,
            String subject, long seed) throws Exception {
        String token = Learner.session(http, base, base, base, platform, nonce -> platform.launchClaims(nonce, base + "/lti/launch")
                .subject(subject)
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "English 9"))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", link, "title", "Essays"))
                .claim(TestPlatform.LTI + "custom", Map.of("deliberate_assignment", assignment)).build(), Learner.Timings.NONE);
        WritingStudent student = new WritingStudent(http, base, token, seed);
        student.page = student.post("/student/interests", Map.of("interest", "sports"));
        return student;
    }

    /** Sends one paragraph (a first draft or a revision) and reads the feedback; true when the tool answered with it. */
    @Override
    public boolean runOnce() throws Exception {
        if (page.contains("id=\"reflection-text\"")) {
            page = post("/student/reflections", Map.of("reflection", "I wrote my position first and then checked that my reason supports it."));
        }
        Matcher item = ITEM.matcher(page);
        if (!item.find()) {
            page = get("/student");
            return false;
        }
        drafts = item.group(1).equals(lastItem) ? drafts + 1 : 0;
        lastItem = item.group(1);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("itemId", item.group(1));
        answer.put("elapsed", String.valueOf(30_000 + random.nextInt(120_000)));
        // a first draft is any paragraph; a revision is most often a better one
        int pick = drafts == 0 ? random.nextInt(PARAGRAPHS.size()) : 1 + 2 * random.nextInt(3);
        // a sentence of the student's own, so that no two drafts are the same text (the model's answers are cached by text)
        answer.put("work", PARAGRAPHS.get(pick) + " I have seen this " + (seed * 100_000 + attempts) + " times at my school.");
        String answered = post("/student/attempts", answer);
        attempts++;
        if (!answered.contains("id=\"practice\"")) {
            return false;
        }
        page = answered;
        return true;
    }

    /** Attempts sent so far, warm-up included. */
    long attempts() {
        return attempts;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + path)).header(Learner.SESSION, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return reply.statusCode() == 200 ? reply.body() : "status " + reply.statusCode();
    }

    private String post(String path, Map<String, String> fields) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + path)).header(Learner.SESSION, token)
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Learner.form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        return reply.statusCode() == 200 ? reply.body() : "status " + reply.statusCode();
    }
}
