package dev.deliberate.teacher;

import java.time.Instant;
import java.util.List;

import dev.deliberate.gradebook.GradebookStatus;

/**
 * The class view of one assignment, ready to show or export: the skills as heatmap columns, and
 * every rostered student in exactly one group.
 */
record ClassReport(List<SkillColumn> skills, List<Group> groups, List<Choice> groupChoices, List<Choice> focusSkills) {

    public int students() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** A heatmap column: the skill's id, full name and short label. */
    record SkillColumn(String id, String name, String label) {
    }

    /** Something the teacher can pick: a group to move a student to, a skill to focus on. */
    record Choice(String key, String name, String label) {
    }

    /**
     * A group by need, its stable key and its students, by name.
     *
     * @param computedName the name the grouping gives it when the teacher renamed it, else null
     * @param focus        the focus the teacher gave the group (as its members hold it), or null
     */
    record Group(String key, String name, List<Student> students, String computedName, String focus) {

        public int count() {
            return students.size();
        }
    }

    /**
     * One student's row.
     *
     * @param userId   the LMS's id for the person ({@code sub})
     * @param mastery  per heatmap column
     * @param grade    the grade sync state, or null before anything was to be sent
     * @param moved    whether the teacher moved the student into this group
     * @param focus    the focus the teacher set for the student, in words, or null
     * @param focusNote the same in a few words, for the row
     */
    record Student(long membershipId, String userId, String name, String groupKey, String groupName, String reason,
            List<Cell> mastery, int problems, boolean completed, long onTaskMs, String onTask, Instant lastActive, String lastActiveText,
            GradebookStatus.Sync grade, String gradeText, boolean moved, String focus, String focusNote) {

        /** True when the LMS holds another score than the one sent last (changed there, or not arrived). */
        public boolean differs(java.util.Map<Long, Double> lmsScores) {
            if (lmsScores == null || grade == null || grade.sentScore() == null) {
                return false;
            }
            Double held = lmsScores.get(membershipId);
            return held == null || Math.abs(held - grade.sentScore()) > 0.005;
        }
    }

    /**
     * One heatmap cell.
     *
     * @param percent the skill's credit toward mastery, or null when not practised
     * @param band    0 (not practised) to 4 (mastered), for the colour
     */
    record Cell(String skillId, Integer percent, int band, String label) {
    }
}
