package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.ProblemContext.ART;
import static dev.deliberate.practice.math.item.ProblemContext.COOKING;
import static dev.deliberate.practice.math.item.ProblemContext.DAILY_LIFE;
import static dev.deliberate.practice.math.item.ProblemContext.FINANCE;
import static dev.deliberate.practice.math.item.ProblemContext.GAMING;
import static dev.deliberate.practice.math.item.ProblemContext.GEOMETRY;
import static dev.deliberate.practice.math.item.ProblemContext.MUSIC;
import static dev.deliberate.practice.math.item.ProblemContext.PHYSICS;
import static dev.deliberate.practice.math.item.ProblemContext.SCIENCE;
import static dev.deliberate.practice.math.item.ProblemContext.SPORTS;
import static dev.deliberate.practice.math.item.StoryShape.ADD;
import static dev.deliberate.practice.math.item.StoryShape.BOTH_SIDES;
import static dev.deliberate.practice.math.item.StoryShape.DIVIDE;
import static dev.deliberate.practice.math.item.StoryShape.GROUPED;
import static dev.deliberate.practice.math.item.StoryShape.MINUS;
import static dev.deliberate.practice.math.item.StoryShape.MULTIPLY;
import static dev.deliberate.practice.math.item.StoryShape.PLUS;
import static dev.deliberate.practice.math.item.StoryShape.SUBTRACT;

import java.util.List;
import java.util.Optional;

/**
 * Every word-problem template, six per context: one or two one-step stories, then
 * {@code a·x + b}, {@code a·x − b}, a bracket and unknowns on both sides, so every difficulty has
 * at least two templates in every context. The wording lives in the math message bundles.
 */
final class StoryCatalog {

    private static final List<StoryTemplate> TEMPLATES = List.of(
            story("math.story.finance.deposit", FINANCE, ADD, true),
            story("math.story.finance.weekly-savings", FINANCE, MULTIPLY, false),
            story("math.story.finance.phone-plan", FINANCE, PLUS, true),
            story("math.story.finance.coupon", FINANCE, MINUS, true),
            story("math.story.finance.concert-tickets", FINANCE, GROUPED, true),
            story("math.story.finance.two-banks", FINANCE, BOTH_SIDES, true),
            story("math.story.physics.train", PHYSICS, ADD, false),
            story("math.story.physics.cyclist", PHYSICS, MULTIPLY, false),
            story("math.story.physics.head-start", PHYSICS, PLUS, false),
            story("math.story.physics.heater", PHYSICS, MINUS, false),
            story("math.story.physics.loaded-carts", PHYSICS, GROUPED, false),
            story("math.story.physics.two-cars", PHYSICS, BOTH_SIDES, false),
            story("math.story.geometry.fence", GEOMETRY, ADD, false),
            story("math.story.geometry.rope", GEOMETRY, DIVIDE, false),
            story("math.story.geometry.polygon", GEOMETRY, PLUS, false),
            story("math.story.geometry.garden-gate", GEOMETRY, MINUS, false),
            story("math.story.geometry.pictures", GEOMETRY, GROUPED, false),
            story("math.story.geometry.two-fences", GEOMETRY, BOTH_SIDES, false),
            story("math.story.daily-life.stickers", DAILY_LIFE, SUBTRACT, false),
            story("math.story.daily-life.juice-packs", DAILY_LIFE, MULTIPLY, false),
            story("math.story.daily-life.taxi", DAILY_LIFE, PLUS, true),
            story("math.story.daily-life.cookie-boxes", DAILY_LIFE, MINUS, false),
            story("math.story.daily-life.lunch-order", DAILY_LIFE, GROUPED, true),
            story("math.story.daily-life.gyms", DAILY_LIFE, BOTH_SIDES, true),
            story("math.story.sports.half-time", SPORTS, ADD, false),
            story("math.story.sports.laps", SPORTS, MULTIPLY, false),
            story("math.story.sports.season-goals", SPORTS, PLUS, false),
            story("math.story.sports.jerseys", SPORTS, MINUS, true),
            story("math.story.sports.relay", SPORTS, GROUPED, false),
            story("math.story.sports.catching-up", SPORTS, BOTH_SIDES, false),
            story("math.story.music.playlist", MUSIC, ADD, false),
            story("math.story.music.practice-minutes", MUSIC, DIVIDE, false),
            story("math.story.music.guitar-lessons", MUSIC, PLUS, true),
            story("math.story.music.concert-seats", MUSIC, MINUS, false),
            story("math.story.music.festival-passes", MUSIC, GROUPED, true),
            story("math.story.music.streams", MUSIC, BOTH_SIDES, false),
            story("math.story.science.plant", SCIENCE, ADD, false),
            story("math.story.science.seed-trays", SCIENCE, MULTIPLY, false),
            story("math.story.science.heating", SCIENCE, PLUS, false),
            story("math.story.science.test-tubes", SCIENCE, MINUS, false),
            story("math.story.science.dye-drops", SCIENCE, GROUPED, false),
            story("math.story.science.seedlings", SCIENCE, BOTH_SIDES, false),
            story("math.story.gaming.coin-shop", GAMING, SUBTRACT, false),
            story("math.story.gaming.stars", GAMING, MULTIPLY, false),
            story("math.story.gaming.quests", GAMING, PLUS, false),
            story("math.story.gaming.skins", GAMING, MINUS, true),
            story("math.story.gaming.raid", GAMING, GROUPED, false),
            story("math.story.gaming.towers", GAMING, BOTH_SIDES, false),
            story("math.story.cooking.flour", COOKING, ADD, false),
            story("math.story.cooking.rolls", COOKING, DIVIDE, false),
            story("math.story.cooking.apples", COOKING, PLUS, true),
            story("math.story.cooking.cupcakes", COOKING, MINUS, false),
            story("math.story.cooking.lunch-boxes", COOKING, GROUPED, false),
            story("math.story.cooking.soup", COOKING, BOTH_SIDES, false),
            story("math.story.art.blue-paint", ART, SUBTRACT, false),
            story("math.story.art.gallery-wall", ART, MULTIPLY, false),
            story("math.story.art.canvases", ART, PLUS, true),
            story("math.story.art.bracelets", ART, MINUS, false),
            story("math.story.art.frames", ART, GROUPED, true),
            story("math.story.art.mosaic", ART, BOTH_SIDES, false)
    );

    private StoryCatalog() {
    }

    static List<StoryTemplate> all() {
        return TEMPLATES;
    }

    /** The templates of a context whose shape suits the difficulty. */
    static List<StoryTemplate> fitting(ProblemContext context, Difficulty difficulty) {
        return TEMPLATES.stream()
                .filter(template -> template.context() == context && template.shape().fits(difficulty))
                .toList();
    }

    static Optional<StoryTemplate> byKey(String key) {
        return TEMPLATES.stream().filter(template -> template.key().equals(key)).findFirst();
    }

    private static StoryTemplate story(String key, ProblemContext context, StoryShape shape, boolean money) {
        return new StoryTemplate(key, context, shape, money);
    }
}
