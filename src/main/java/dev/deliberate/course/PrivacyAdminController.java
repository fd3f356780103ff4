package dev.deliberate.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.lti.web.AdminApi;
import dev.deliberate.lti.web.AdminApiException;

/**
 * The operator's privacy requests (docs/privacy.md): find a person by their LMS user id or a
 * registration's courses, export everything kept of a person or a course as JSON, and delete it,
 * everywhere or in one course. Deletions answer the rows deleted per table; an unknown id is a 404
 * problem, so repeating a deletion changes nothing.
 */
@AdminApi
@RestController
@RequestMapping("/admin/api")
class PrivacyAdminController {

    private final PersonalData data;
    private final CourseDirectory directory;

    PrivacyAdminController(PersonalData data, CourseDirectory directory) {
        this.data = data;
        this.directory = directory;
    }

    @GetMapping("/people")
    List<Map<String, Object>> people(@RequestParam long platform, @RequestParam String subject) {
        return directory.people(platform, subject);
    }

    @GetMapping("/courses")
    List<Map<String, Object>> courses(@RequestParam long platform) {
        return directory.courses(platform);
    }

    @GetMapping("/people/{id}")
    Map<String, Object> exportPerson(@PathVariable long id) {
        return data.exportPerson(id).orElseThrow(() -> AdminApiException.notFound("person " + id));
    }

    @DeleteMapping("/people/{id}")
    Map<String, Object> deletePerson(@PathVariable long id) {
        Map<String, Integer> deleted = data.deletePerson(id).orElseThrow(() -> AdminApiException.notFound("person " + id));
        return answer(Map.of("person", id), deleted);
    }

    @GetMapping("/courses/{id}")
    Map<String, Object> exportCourse(@PathVariable long id) {
        return data.exportCourse(id).orElseThrow(() -> AdminApiException.notFound("course " + id));
    }

    @DeleteMapping("/courses/{id}")
    Map<String, Object> deleteCourse(@PathVariable long id) {
        Map<String, Integer> deleted = data.deleteCourse(id).orElseThrow(() -> AdminApiException.notFound("course " + id));
        return answer(Map.of("course", id), deleted);
    }

    @DeleteMapping("/courses/{course}/people/{person}")
    Map<String, Object> deleteMember(@PathVariable long course, @PathVariable long person) {
        Map<String, Integer> deleted = data.deleteMember(course, person)
                .orElseThrow(() -> AdminApiException.notFound("course " + course + " or person " + person));
        return answer(Map.of("course", course, "person", person), deleted);
    }

    private static Map<String, Object> answer(Map<String, Long> ids, Map<String, Integer> deleted) {
        Map<String, Object> answer = new LinkedHashMap<>(ids);
        answer.put("rows", deleted.values().stream().mapToInt(Integer::intValue).sum());
        answer.put("deleted", deleted);
        return answer;
    }
}
