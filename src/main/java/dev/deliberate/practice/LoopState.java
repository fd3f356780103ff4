package dev.deliberate.practice;

import java.util.Map;

import dev.deliberate.mastery.AssignmentSkills;
import dev.deliberate.mastery.RecurringMisconception;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;

/**
 * Where a learner's practice stands after a step of the loop: what the page shows.
 *
 * @param plan       how the assignment practises (its skills, whether blocks end with a reflection)
 * @param item       the item on screen, or null (choosing interests, reflecting)
 * @param prepared   that item ready to show
 * @param checked    the judgement of the answer just given, or null
 * @param hint       a hint just asked for, or null
 * @param pattern    a misconception that has just started to recur, or null
 * @param solved     whether the answer just given solved the item (the page confirms it)
 * @param notice     a message code for something the learner should know (e.g. a stale form), or null
 * @param typed      what the learner had typed for the item on screen, shown again so no work is lost; or null
 */
record LoopState(PracticeSession session, AssignmentPlan plan, Map<String, SkillMastery> skills, PracticeItem item,
        PreparedItem prepared, Checked checked, Text hint, RecurringMisconception pattern, boolean solved, String notice,
        Response typed) {

    static LoopState of(PracticeSession session, AssignmentPlan plan, Map<String, SkillMastery> skills,
            PracticeItem item, PreparedItem prepared) {
        return new LoopState(session, plan, skills, item, prepared, null, null, null, false, null, null);
    }

    /** The assignment's skills and completion. */
    AssignmentSkills assignment() {
        return plan.skills();
    }

    LoopState withNotice(String code) {
        return new LoopState(session, plan, skills, item, prepared, checked, hint, pattern, solved, code, typed);
    }

    LoopState withTyped(Response response) {
        return new LoopState(session, plan, skills, item, prepared, checked, hint, pattern, solved, notice, response);
    }
}
