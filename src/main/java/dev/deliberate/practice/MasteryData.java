package dev.deliberate.practice;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.deliberate.course.DataScope;
import dev.deliberate.course.MemberData;
import dev.deliberate.mastery.MasteryErasure;

/**
 * The learner model's part of a member's data. The mastery module knows no courses, and only
 * practice writes its rows, so practice answers for it, through the model's own erasure.
 */
@Component
class MasteryData implements MemberData {

    private final MasteryErasure mastery;

    MasteryData(MasteryErasure mastery) {
        this.mastery = mastery;
    }

    @Override
    public String part() {
        return "mastery";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        return mastery.export(scope.membershipIds());
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        return mastery.erase(scope.membershipIds());
    }
}
