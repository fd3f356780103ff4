package dev.deliberate.teacher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.deliberate.course.CourseSession;

/**
 * After any change a teacher makes to their class (every POST under {@code /teacher/}: moving a
 * student, naming a group, a focus, a "helped" mark, a grade retry, a roster refresh), the class
 * view this node keeps for the assignment is forgotten, so the next view shows the change.
 */
@Configuration(proxyBeanMethods = false)
class ClassChanges implements WebMvcConfigurer, HandlerInterceptor {

    private final ClassSnapshots snapshots;

    ClassChanges(ClassSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/teacher/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if ("POST".equals(request.getMethod()) && request.getAttribute(CourseSession.ATTRIBUTE) instanceof CourseSession teacher) {
            snapshots.forget(teacher);
        }
    }
}
