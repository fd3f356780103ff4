package dev.deliberate.course;

import java.util.List;
import java.util.Map;

/**
 * What a module keeps about course members, links and courses, for the operator's export and
 * erasure (docs/privacy.md). Every module that stores such rows implements it as a bean; the course
 * module asks each one, and no module reads another's tables. Both calls run inside the caller's
 * transaction.
 */
public interface MemberData {

    /** The name of this module's part of an export, e.g. {@code practice}. */
    String part();

    /** Every row this module keeps of the scope: table name to its rows (column to value, times in UTC). */
    Map<String, List<Map<String, Object>>> export(DataScope scope);

    /** Deletes every row this module keeps of the scope: table name to rows deleted. Repeating it deletes nothing more. */
    Map<String, Integer> erase(DataScope scope);
}
