package dev.deliberate.democlass;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** What the simulated students write when a block asks them to reflect, a few lines per need. */
final class Reflections {

    private static final Map<PlantedNeed, List<String>> WRITTEN = Map.of(
            PlantedNeed.FRACTIONS, List.of(
                    "The ones with fractions are hard. I never know if I should flip the fraction or multiply.",
                    "I multiplied both sides by the bottom number first and that made it easier, but I forgot one side once.",
                    "I keep getting the fraction ones wrong. I think I mix up dividing by a fraction and multiplying.",
                    "Whole numbers are fine. When there is a fraction I guess more than I should."),
            PlantedNeed.WORD_PROBLEMS, List.of(
                    "I can solve the equation once I have it but I don't know how to write it from the story.",
                    "I tried writing what x is first. It helped on one problem but not the others.",
                    "The stories confuse me, I don't know which number goes where.",
                    "I read the story twice and wrote the equation before solving. That worked better this time."),
            PlantedNeed.STRONG, List.of(
                    "I undo the operations in reverse order and check by putting my answer back in.",
                    "Most were easy. I got one wrong because I rushed the sign, so I check the signs now.",
                    "I move all the x terms to one side first, then the numbers. Checking my answer catches mistakes.",
                    "The harder ones with brackets were fun. I expand first and then it is like the others."),
            PlantedNeed.BASIC_OPERATIONS, List.of(
                    "I get confused with negative numbers, like minus a minus.",
                    "I try to do the same thing to both sides but sometimes I only do one side.",
                    "I used the hints a lot. When I move a number I am not sure if it changes sign.",
                    "Adding and subtracting negatives is where I go wrong. I should write each step down."));

    private Reflections() {
    }

    static String of(PlantedNeed need, SplittableRandom random) {
        List<String> lines = WRITTEN.get(need);
        return lines.get(random.nextInt(lines.size()));
    }
}
