package dev.deliberate.teacher;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The teacher's pages ({@code deliberate.teacher.*}).
 *
 * @param classViewReuse how long one node may show the class view it computed to every teacher of
 *                       the same assignment (and language) instead of computing it again: teachers
 *                       of one class refreshing together cost one computation. Up to twice this
 *                       time the view is shown while the next one is computed in the background, so
 *                       a view is at most about twice this old. A steering change on the node is
 *                       shown at once; one made on another node within that time. {@code 0}
 *                       computes every view.
 */
@Validated
@ConfigurationProperties("deliberate.teacher")
public record TeacherProperties(@DefaultValue("2s") Duration classViewReuse) {
}
