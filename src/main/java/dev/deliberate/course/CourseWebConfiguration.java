package dev.deliberate.course;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Web settings of the app: {@link CourseSession} as a handler parameter, and the language of the
 * pages from the LMS's locale for the user, else the browser's, among English and Spanish.
 */
@Configuration(proxyBeanMethods = false)
class CourseWebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CourseSessionResolver());
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver fromBrowser = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Object fromLms = request.getAttribute(SessionWeb.LOCALE_ATTRIBUTE);
                if (fromLms instanceof Locale locale) {
                    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                            .findFirst().orElse(Locale.ENGLISH);
                }
                return super.resolveLocale(request);
            }
        };
        fromBrowser.setSupportedLocales(SUPPORTED);
        fromBrowser.setDefaultLocale(Locale.ENGLISH);
        return fromBrowser;
    }
}
