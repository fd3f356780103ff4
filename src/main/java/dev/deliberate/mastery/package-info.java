/**
 * The learner model: what each learner knows, skill by skill, and what they should practise next.
 *
 * <p>{@link dev.deliberate.mastery.LearnerModel} turns an {@link dev.deliberate.mastery.Attempt}
 * into a new {@link dev.deliberate.mastery.SkillMastery} (knowledge tracing, ability, review plan,
 * misconception window), a new {@link dev.deliberate.mastery.ItemRating} and a
 * {@link dev.deliberate.mastery.MasteryChange}. {@link dev.deliberate.mastery.NextItemPolicy}
 * chooses the next skill and difficulty with a reason the learner can be shown, and
 * {@link dev.deliberate.mastery.MasteryScore} turns the skills of an assignment into a grade.
 *
 * <p>The model itself is plain Java with no clock: time always comes in as an
 * {@link java.time.Instant}; state always comes in and goes out as immutable values.
 * {@link dev.deliberate.mastery.Mastery} keeps that state in the database and raises
 * {@link dev.deliberate.mastery.MasteryChanged} after every graded attempt.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.deliberate.mastery;
