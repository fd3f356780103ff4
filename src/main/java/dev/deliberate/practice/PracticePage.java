package dev.deliberate.practice;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.Completion;
import dev.deliberate.mastery.LearnerRef;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.mastery.RecurringMisconception;
import dev.deliberate.mastery.ChoiceReason;
import dev.deliberate.mastery.NextItemPolicy;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.practice.PracticeView.CriterionNote;
import dev.deliberate.practice.PracticeView.Example;
import dev.deliberate.practice.PracticeView.Interest;
import dev.deliberate.practice.PracticeView.Judgement;
import dev.deliberate.practice.PracticeView.Mode;
import dev.deliberate.practice.PracticeView.Problem;
import dev.deliberate.practice.PracticeView.Reflection;
import dev.deliberate.practice.PracticeView.SkillBar;
import dev.deliberate.practice.PracticeView.Stats;
import dev.deliberate.practice.PracticeView.Typed;
import dev.deliberate.practice.PracticeView.TypedLine;
import dev.deliberate.practice.PracticeView.Worked;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;

/** Turns a loop state into the practice region the student sees, in their language. */
@Component
class PracticePage {

    /** Up to this many skills under the target are named on the page; more are counted. */
    static final int MAX_NAMED_BELOW = 3;

    private static final String TARGET_PRACTICE = "TARGET_PRACTICE";
    private static final String TEACHER_FOCUS = "TEACHER_FOCUS";

    private final MessageSource messages;
    private final Mastery mastery;
    private final Subjects subjects;
    private final PracticeProperties properties;
    private final ReflectionPrompts prompts;
    private final Reflections reflections;
    private final PracticeFocus focus;
    private final CardReviewsOfPractice cards;
    private final Clock clock;

    PracticePage(MessageSource messages, Mastery mastery, Subjects subjects, PracticeProperties properties, ReflectionPrompts prompts,
            Reflections reflections, PracticeFocus focus, CardReviewsOfPractice cards, Clock clock) {
        this.messages = messages;
        this.mastery = mastery;
        this.subjects = subjects;
        this.properties = properties;
        this.prompts = prompts;
        this.reflections = reflections;
        this.focus = focus;
        this.cards = cards;
        this.clock = clock;
    }

    PracticeView view(LoopState state, Locale locale) {
        PracticeSession session = state.session();
        Mode mode = !session.interestsChosen() ? Mode.INTERESTS : session.reflecting() ? Mode.REFLECTION : Mode.PROBLEM;
        String focusLine = mode != Mode.PROBLEM ? null
                : session.focus(() -> focus.current(session.linkId(), session.membershipId()))
                        .map(given -> focusLine(session.subject(), given, locale)).orElse(null);
        Problem problem = problem(state, locale);
        if (problem != null && focusLine != null && TEACHER_FOCUS.equals(state.item().reason())) {
            // the focus line says why already: one line, not two, so Check stays in a 600-pixel frame
            problem = problem.withoutReason();
        }
        return new PracticeView(mode, problem, judgement(state, locale),
                state.solved() && state.checked() != null ? render(state.checked().explanation(), locale) : null,
                pattern(session.subject(), state.pattern(), locale), reflection(session, locale), interests(session, locale), skills(state, locale),
                stats(state, locale), state.notice() == null ? null : messages.getMessage(state.notice(), null, locale), typed(state), focusLine,
                session.subject(), notes(state, locale), mode == Mode.INTERESTS ? null : memory(session, locale));
    }

    /** The learner's memory cards in words, for a subject that schedules them. */
    private PracticeView.Memory memory(PracticeSession session, Locale locale) {
        LearnerRef learner = new LearnerRef(session.membershipId(), session.contextId(), session.linkId());
        return MemoryLines.of(cards.progress(subjects.get(session.subject()), learner, clock.instant()), messages, locale);
    }

    /** The feedback per criterion of the answer just judged, each saying whether rules or a model wrote it. */
    private List<CriterionNote> notes(LoopState state, Locale locale) {
        if (state.checked() == null) {
            return List.of();
        }
        String subject = state.session().subject();
        return state.checked().notes().stream().map(note -> new CriterionNote(note.criterion(),
                render(skillName(subject, note.criterion()), locale), note.met(), render(note.comment(), locale),
                messages.getMessage("practice.note.source." + note.source().name().toLowerCase(Locale.ROOT), null, locale))).toList();
    }

    /** "Your teacher set a focus: Fractions · harder problems (since Dec 6, 2026)". */
    private String focusLine(String subject, PracticeFocus.Given given, Locale locale) {
        List<String> parts = new ArrayList<>();
        given.focus().skills().forEach(skill -> parts.add(render(skillName(subject, skill), locale)));
        if (given.focus().challenge()) {
            parts.add(messages.getMessage("practice.focus.challenge", null, locale));
        }
        else if (given.focus().band() != null) {
            parts.add(messages.getMessage("practice.focus.band." + given.focus().band().name(), null, locale));
        }
        String since = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(given.setAt());
        return messages.getMessage("practice.focus.line", new Object[] { String.join(" · ", parts), since }, locale);
    }

    private Problem problem(LoopState state, Locale locale) {
        PreparedItem item = state.prepared();
        if (item == null || state.item() == null) {
            return null;
        }
        String statement = render(item.statement(), locale);
        int at = item.shown() == null ? -1 : statement.indexOf(item.shown());
        // the heading names the skill already: a plain "next up" reason would only repeat it
        String reason = TARGET_PRACTICE.equals(state.item().reason()) ? null
                : render(new Text("practice.reason." + state.item().reason(), List.of(skillName(state.session().subject(), item.spec().skillId()),
                        cause(state.session().subject(), state.item().cause()))), locale);
        String skill = render(skillName(state.session().subject(), item.spec().skillId()), locale);
        // only an equation is set inline; a subject's text without one (a French gap) stays one statement
        if (at < 0 || item.math() == null) {
            return new Problem(state.item().id(), state.item().seq(), skill, reason, statement, item.shown(), item.math(), "", false,
                    item.math() == null);
        }
        return new Problem(state.item().id(), state.item().seq(), skill, reason, statement.substring(0, at), item.shown(),
                item.math(), statement.substring(at + item.shown().length()), true, false);
    }

    private Judgement judgement(LoopState state, Locale locale) {
        Checked checked = state.checked() == null || state.solved() ? null : state.checked();
        String hint = state.hint() == null ? null : render(state.hint(), locale);
        int rung = hint == null ? 0 : Math.min(state.item().hints(), PracticeSubject.HINT_RUNGS);
        if (checked == null) {
            if (hint != null) {
                return new Judgement("hint", null, null, hint, rung, PracticeSubject.HINT_RUNGS, example(state, locale), canMoveOn(state));
            }
            return state.item() != null && state.item().exampleShown() && !state.solved()
                    ? new Judgement("example", null, null, null, 0, 0, example(state, locale), true) : null;
        }
        String kind = checked.verdict() == Verdict.UNREADABLE ? "unreadable" : "mistake";
        if (hint == null && kind.equals("unreadable") && checked.hint() != null) {
            hint = render(checked.hint(), locale);
        }
        return new Judgement(kind, render(checked.explanation(), locale), checked.atFinalAnswer() ? null : checked.line(), hint,
                rung, PracticeSubject.HINT_RUNGS, example(state, locale), canMoveOn(state));
    }

    /** After repeated failure, a worked example of a parallel problem: the learner's own stays theirs to solve. */
    private Example example(LoopState state, Locale locale) {
        if (state.item() == null || !state.item().exampleShown()) {
            return null;
        }
        PracticeSubject subject = subjects.get(state.session().subject());
        PreparedItem parallel = subject.parallel(state.item().spec());
        List<Worked> steps = subject.workedExample(parallel.spec()).stream()
                .map(line -> new Worked(line.text(), line.math(), render(line.reason(), locale))).toList();
        return new Example(render(parallel.statement(), locale), steps);
    }

    private static Typed typed(LoopState state) {
        Response response = state.typed();
        if (response == null) {
            return null;
        }
        Checked checked = state.checked();
        Integer diagnosed = checked == null || checked.correct() || checked.atFinalAnswer() ? null : checked.line();
        List<TypedLine> lines = new ArrayList<>();
        for (int i = 0; i < response.workLines().size(); i++) {
            lines.add(new TypedLine(i + 1, response.workLines().get(i), diagnosed != null && diagnosed == i + 1));
        }
        return new Typed(response.answer(), String.join("\n", response.workLines()), diagnosed == null ? List.of() : lines);
    }

    private static boolean canMoveOn(LoopState state) {
        return state.item() != null && state.item().exampleShown();
    }

    /** "You tend to …": the misconception's own sentence where the bundle has one, else a general one naming it. */
    private String pattern(String subject, RecurringMisconception pattern, Locale locale) {
        if (pattern == null) {
            return null;
        }
        String name = render(misconceptionName(subject, pattern.code()), locale);
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "practice.pattern." + pattern.code(), "practice.pattern.any" },
                new Object[] { pattern.count(), pattern.window(), name }), locale);
    }

    private Reflection reflection(PracticeSession session, Locale locale) {
        if (!session.reflecting()) {
            return null;
        }
        Optional<Reflections.Written> previous = reflections.latest(session.id());
        return new Reflection(renderFor(session.subject(), prompts.next(session).shown(session.subject()), locale),
                session.finalReflectionDue(), session.reflections() + 1,
                previous.map(p -> renderFor(session.subject(), p.prompt().shown(session.subject()), locale)).orElse(null),
                previous.map(Reflections.Written::body).orElse(null), properties.minimumReflection());
    }

    private List<Interest> interests(PracticeSession session, Locale locale) {
        return subjects.get(session.subject()).curriculum().interests().stream()
                .map(id -> new Interest(id, messages.getMessage(session.subject() + ".context." + id, null, id, locale), session.interests().contains(id)))
                .toList();
    }

    /**
     * The assignment's skills; while the learner steps back to a prerequisite outside them, that
     * prerequisite too, just above the skill it builds up, so the progress of the detour shows.
     */
    private List<SkillBar> skills(LoopState state, Locale locale) {
        List<SkillBar> bars = new ArrayList<>();
        PracticeItem item = state.item();
        boolean stepBack = item != null && ChoiceReason.PREREQUISITE_REVIEW.name().equals(item.reason()) && item.cause() != null
                && !state.assignment().skills().contains(item.spec().skillId());
        for (String id : state.assignment().skills()) {
            if (stepBack && id.equals(item.cause())) {
                String note = messages.getMessage("practice.progress.step-back", new Object[] { render(skillName(state.session().subject(), id), locale),
                        NextItemPolicy.DETOUR_CLEAN_ANSWERS }, locale);
                bars.add(bar(state, item.spec().skillId(), locale, note));
            }
            bars.add(bar(state, id, locale, null));
        }
        return bars;
    }

    private SkillBar bar(LoopState state, String id, Locale locale, String stepBack) {
        SkillMastery skill = state.skills().get(id);
        return new SkillBar(id, render(skillName(state.session().subject(), id), locale), (int) Math.round(mastery.progress(skill) * 100),
                mastery.mastered(skill), stepBack);
    }

    private Stats stats(LoopState state, Locale locale) {
        PracticeSession s = state.session();
        int score = (int) Math.round(mastery.score(state.assignment(), state.skills()) * 100);
        Completion completion = state.assignment().completion();
        Completion.Check goal = mastery.goal(state.assignment(), state.skills(), s.itemsDone());
        String below = goal.skillsBelow().isEmpty() ? null : stillBelow(s.subject(), completion, goal, state.assignment().skills().size(), locale);
        return new Stats(s.itemsDone(), completion.minimumItems(), s.streak(), s.bestStreak(), s.blockDone(), properties.blockSize(), score,
                s.completed(), renderFor(s.subject(), Text.of(Completion.RULE, completion.targetPercent(), completion.minimumItems()), locale),
                below, state.plan().reflectionRequired());
    }

    /** The skills still under the target, named when there are a few; counted when there are many (the bars show which). */
    private String stillBelow(String subject, Completion completion, Completion.Check goal, int skills, Locale locale) {
        if (goal.skillsBelow().size() > MAX_NAMED_BELOW) {
            return messages.getMessage("practice.goal.belowCount",
                    new Object[] { completion.targetPercent(), goal.skillsBelow().size(), skills }, locale);
        }
        return messages.getMessage("practice.goal.below", new Object[] { completion.targetPercent(), goal.skillsBelow().stream()
                .map(b -> messages.getMessage("practice.goal.skill", new Object[] { render(skillName(subject, b.skillId()), locale), b.percent() },
                        locale))
                .collect(Collectors.joining(", ")) }, locale);
    }

    private static Text skillName(String subject, String skillId) {
        return Text.of(subject + ".skill." + skillId);
    }

    /** The cause of a choice: a skill id, or a misconception code, named in words. */
    private static Object cause(String subject, String cause) {
        if (cause == null) {
            return "";
        }
        return cause.equals(cause.toUpperCase(Locale.ROOT)) ? misconceptionName(subject, cause) : skillName(subject, cause);
    }

    /** A misconception code (e.g. {@code SIGN_ERROR_MOVING_TERM}) named in words. */
    static Text misconceptionName(String subject, String code) {
        return Text.of(subject + ".misconception." + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String render(Text text, Locale locale) {
        return messages.getMessage(resolvable(text), locale);
    }

    /**
     * A text in the subject's own words when its bundle has {@code <subject>.<code>} (a writing
     * reflection asks about exercises, not problems), else the common wording.
     */
    String renderFor(String subject, Text text, Locale locale) {
        Object[] args = text.args().stream().map(arg -> arg instanceof Text nested ? resolvable(nested) : arg).toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { subject + "." + text.code(), text.code() }, args,
                text.code()), locale);
    }

    private static MessageSourceResolvable resolvable(Text text) {
        Object[] args = text.args().stream().map(arg -> arg instanceof Text nested ? resolvable(nested) : arg).toArray();
        return new DefaultMessageSourceResolvable(new String[] { text.code() }, args, text.code());
    }
}
