package dev.deliberate.teacher;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.deliberate.course.CourseSession;

/** The class view of the teacher's assignment as a CSV download (UTF-8 with a byte order mark, so spreadsheets read accents). */
@Controller
class ClassExportController {

    private final ClassView classView;

    ClassExportController(ClassView classView) {
        this.classView = classView;
    }

    @GetMapping("/teacher/class.csv")
    ResponseEntity<byte[]> csv(CourseSession session, Locale locale) {
        String csv = "\uFEFF" + ClassCsv.of(classView.of(session, locale), classView.texts(session, locale));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("class-view.csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
