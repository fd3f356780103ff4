package dev.deliberate.demoplatform.api;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.deliberate.demoplatform.JsonFields;

/**
 * Writes every refusal of the service APIs as JSON, with {@code WWW-Authenticate: Bearer} on 401
 * and 403 as RFC 6750 section 3 asks, so a tool can tell an expired token from a missing scope.
 */
@RestControllerAdvice(annotations = ServiceApi.class)
@Profile("demo")
class ServiceErrors {

    private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

    @ExceptionHandler(ServiceError.class)
    ResponseEntity<Map<String, String>> refused(ServiceError error) {
        log.info("Demo platform service refused status={} error={} reason={}", error.status().value(), error.code(),
                error.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON);
        if (error.status() == HttpStatus.UNAUTHORIZED || error.status() == HttpStatus.FORBIDDEN) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"deliberate-demo\", error=\"" + error.code() + "\"");
        }
        return response.body(Map.of("error", error.code(), "error_description", error.getMessage()));
    }

    @ExceptionHandler(JsonFields.Invalid.class)
    ResponseEntity<Map<String, String>> invalid(JsonFields.Invalid e) {
        return refused(ServiceError.invalidRequest(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return refused(ServiceError.invalidRequest("the body is not a JSON object of the expected form"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        return refused(ServiceError.invalidRequest(e.getName() + " is not valid"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "unsupported_media_type", "error_description",
                        "send one of " + e.getSupportedMediaTypes() + ", not " + e.getContentType()));
    }
}
