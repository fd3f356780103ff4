package dev.deliberate.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.testing.TestPlatform;

/**
 * One student working through an assignment over HTTP as htmx sends it: about three in four answers
 * right (read from the equation or worked example on screen), work shown with one in three, the
 * reflection written whenever a block asks for it. Requests go to the tool's nodes in turn, as a load
 * balancer without sticky sessions sends them; a node that refuses the connection is left out from
 * then on, as a load balancer's health check would. Counts what it sent and what was acknowledged.
 */
final class Learner {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final Pattern SHOWN = Pattern.compile("class=\"math(?:-display)?\"><math[^>]*alttext=\"([^\"]*)\"");
    private static final Pattern WORKED = Pattern.compile("class=\"worked-example\">.*?</ol>", Pattern.DOTALL);
    static final String SESSION = "X-Deliberate-Session";

    /** Where a learner's request times go, by kind ("attempt", "reflection", ...). */
    interface Timings {
        Timings NONE = (kind, nanos, ok) -> { };

        void record(String kind, long nanos, boolean ok);
    }

    private final HttpClient http;
    private final List<String> nodes;
    private final String userId;
    private final String token;
    private final Random random;
    private final Timings timings;
    private String page = "";
    private int turn;
    private int sent;
    private int acknowledged;
    private final List<String> failures = new ArrayList<>();

    private Learner(HttpClient http, List<String> nodes, String userId, String token, long seed, Timings timings) {
        this.http = http;
        this.nodes = new ArrayList<>(nodes);
        this.userId = userId;
        this.token = token;
        this.random = new Random(seed);
        this.timings = timings;
    }

    /**
     * Launches a student for real: the login initiation on the first node, the id_token (claims from
     * {@code claims}, given the nonce) posted to the next, as a browser behind a load balancer would;
     * then chooses an interest, which opens the first problem. {@code claims} must name the same
     * subject for every nonce.
     */
    static Learner launch(HttpClient http, List<String> nodes, String tool, TestPlatform platform,
            Function<String, JWTClaimsSet> claims, long seed, Timings timings) throws Exception {
        String subject = claims.apply("nonce").getSubject();
        String token = session(http, nodes.get(0), nodes.get(1 % nodes.size()), tool, platform, claims, timings);
        Learner learner = new Learner(http, nodes, subject, token, seed, timings);
        learner.page = learner.post("interest", "/student/interests", Map.of("interest", "sports"));
        return learner;
    }

    /**
     * A whole launch, the login initiation sent to {@code loginNode} and the id_token to
     * {@code launchNode} with the state cookie the first set; returns the session it opened.
     * {@code tool} is the tool's public base URL, which every node is configured with.
     */
    static String session(HttpClient http, String loginNode, String launchNode, String tool, TestPlatform platform,
            Function<String, JWTClaimsSet> claims, Timings timings) throws Exception {
        return launched(http, loginNode, launchNode, tool, platform, claims, timings).headers().firstValue(SESSION).get();
    }

    /** As {@link #session}, the whole answer to the id_token POST (a teacher's Deep Linking form, say). */
    static HttpResponse<String> launched(HttpClient http, String loginNode, String launchNode, String tool, TestPlatform platform,
            Function<String, JWTClaimsSet> claims, Timings timings) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(loginNode + "/lti/login?" + form(Map.of(
                "iss", platform.issuer(), "login_hint", "hint", "target_link_uri", tool + "/lti/launch",
                "client_id", platform.clientId())))).build(), HttpResponse.BodyHandlers.ofString());
        timings.record("login", System.nanoTime() - start, login.statusCode() == 302);
        Map<String, String> query = query(login.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("login answered " + login.statusCode() + ": " + login.body())));
        String cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        String idToken = platform.sign(claims.apply(query.get("nonce")));
        start = System.nanoTime();
        HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create(launchNode + "/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("id_token", idToken, "state", query.get("state"))))).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean ok = launched.statusCode() == 200 && launched.headers().firstValue(SESSION).isPresent();
        timings.record("launch", System.nanoTime() - start, ok);
        if (!ok) {
            throw new IllegalStateException("launch answered " + launched.statusCode() + ": " + launched.body());
        }
        return launched;
    }

    /**
     * Answers the problem on screen (after the reflection, when one is asked for).
     *
     * @return true when the tool acknowledged the answer with the next practice region
     */
    boolean answer() throws InterruptedException {
        if (page.contains("id=\"reflection-text\"")) {
            page = post("reflection", "/student/reflections", Map.of("reflection", "I worked backwards from the answer and checked each step."));
        }
        Matcher item = ITEM.matcher(page);
        if (!item.find()) {
            page = get("/student");
            return false;
        }
        sent++;
        String answered = post("attempt", "/student/attempts", answer(item.group(1)));
        if (!answered.contains("id=\"practice\"")) {
            page = get("/student");
            return false;
        }
        page = answered;
        acknowledged++;
        return true;
    }

    /** The page a GET of {@code path} answers on the next node, or a line saying why there is none. */
    String get(String path) throws InterruptedException {
        return send("page", HttpRequest.newBuilder(URI.create(node() + path)).header(SESSION, token).GET());
    }

    String userId() {
        return userId;
    }

    String token() {
        return token;
    }

    /** What the tool answered to requests that failed: status, content type and body. */
    List<String> failures() {
        return failures;
    }

    /** Attempts sent, whether or not an answer came back. */
    int sent() {
        return sent;
    }

    /** Attempts the tool answered with the next practice region. */
    int acknowledged() {
        return acknowledged;
    }

    private Map<String, String> answer(String itemId) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("itemId", itemId);
        answer.put("elapsed", String.valueOf(3000 + random.nextInt(20000)));
        String solution = solution();
        boolean right = solution != null && random.nextDouble() < 0.75;
        answer.put("answer", right ? "x = " + solution : "x = " + (random.nextInt(40) - 20) + "/7");
        if (random.nextInt(3) == 0) {
            Matcher shown = SHOWN.matcher(page);
            answer.put("work", shown.find() ? unescape(shown.group(1)) : "2x + 1 = 5");
        }
        return answer;
    }

    /** The answer from the equation on screen, or from the worked example once shown. */
    private String solution() {
        Matcher worked = WORKED.matcher(page);
        String source;
        if (worked.find()) {
            List<String> lines = SHOWN.matcher(worked.group()).results().map(m -> m.group(1)).toList();
            source = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        }
        else {
            Matcher shown = SHOWN.matcher(page);
            source = shown.find() ? shown.group(1) : null;
        }
        if (source == null) {
            return null;
        }
        ParseResult<Equation> parsed = EquationParser.parse(unescape(source), 1);
        return parsed.isParsed() && parsed.value().solutions() instanceof SolutionSet.One one ? RationalFormat.display(one.value()) : null;
    }

    private String post(String kind, String path, Map<String, String> fields) throws InterruptedException {
        return send(kind, HttpRequest.newBuilder(URI.create(node() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header(SESSION, token).header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private String send(String kind, HttpRequest.Builder request) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            timings.record(kind, System.nanoTime() - start, response.statusCode() == 200);
            if (response.statusCode() == 200) {
                return response.body();
            }
            String failure = "status " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + " "
                    + response.body();
            failures.add(failure);
            return failure;
        }
        catch (IOException e) {
            timings.record(kind, System.nanoTime() - start, false);
            if (nodes.size() > 1 && e instanceof java.net.ConnectException) {
                nodes.remove(request.build().uri().getScheme() + "://" + request.build().uri().getAuthority());
            }
            failures.add("failed " + e);
            return "failed " + e;
        }
    }

    private String node() {
        return nodes.get(Math.floorMod(turn++, nodes.size()));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String location) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"");
    }
}
