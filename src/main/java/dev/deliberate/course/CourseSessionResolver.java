package dev.deliberate.course;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a handler declare a {@link CourseSession} parameter; without a session the request is refused. */
class CourseSessionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CourseSession.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Object session = request.getAttribute(CourseSession.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (session == null) {
            throw new AuthenticationCredentialsNotFoundException("no course session");
        }
        return session;
    }
}
