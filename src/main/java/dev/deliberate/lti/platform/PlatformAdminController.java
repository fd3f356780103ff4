package dev.deliberate.lti.platform;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.lti.RegistrationData.Holdings;
import dev.deliberate.lti.web.AdminApi;
import dev.deliberate.lti.web.AdminApiException;
import dev.deliberate.shared.ToolUrls;

/**
 * The operator's API for platform registrations and their deployments. Deleting a registration
 * that holds people, courses or assignments asks first what becomes of them ({@code ?data=delete}
 * or {@code ?data=archive}).
 */
@AdminApi
@RestController
@RequestMapping("/admin/api/platforms")
class PlatformAdminController {

    private final PlatformRegistry registry;
    private final Deregistration deregistration;
    private final ToolUrls urls;

    PlatformAdminController(PlatformRegistry registry, Deregistration deregistration, ToolUrls urls) {
        this.registry = registry;
        this.deregistration = deregistration;
        this.urls = urls;
    }

    @GetMapping
    List<PlatformView> list() {
        return registry.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    PlatformView show(@PathVariable long id) {
        return registry.find(id).map(this::view).orElseThrow(() -> AdminApiException.notFound("platform " + id));
    }

    @PostMapping
    ResponseEntity<PlatformView> create(@Valid @RequestBody PlatformSettings settings) {
        Registration created = registry.create(settings, PlatformSource.ADMIN_API).orElseThrow(() -> new AdminApiException(
                HttpStatus.CONFLICT, "platform-exists", "Platform exists", "a registration for issuer " + settings.issuer()
                        + " and client_id " + settings.clientId() + " exists; update it instead"));
        return ResponseEntity.created(URI.create("/admin/api/platforms/" + created.id())).body(view(created));
    }

    @PutMapping("/{id}")
    PlatformView update(@PathVariable long id, @Valid @RequestBody PlatformSettings settings) {
        return registry.update(id, settings).map(this::view).orElseThrow(() -> AdminApiException.notFound("platform " + id));
    }

    /** Archived registrations, the latest first, with what each still holds. */
    @GetMapping("/archived")
    List<ArchivedView> archived() {
        return registry.archived().stream().map(r -> ArchivedView.of(r, deregistration.holdings(r.id()).orElseThrow())).toList();
    }

    /**
     * Without {@code data}: deletes a registration that holds nothing (204), and refuses one that
     * holds data (409, with how many learners and the two choices). {@code data=delete} deletes it
     * with all its data, {@code data=archive} keeps both, out of use; each answers what that was.
     */
    @DeleteMapping("/{id}")
    ResponseEntity<?> delete(@PathVariable long id, @RequestParam(required = false) String data) {
        if (data == null) {
            try {
                deregistration.deleteIfEmpty(id).orElseThrow(() -> AdminApiException.notFound("platform " + id));
            }
            catch (Deregistration.HoldsData held) {
                throw choiceNeeded(id, held.holdings());
            }
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(switch (data) {
            case "delete" -> Deregistered.deleted(id, deregistration.deleteWithData(id)
                    .orElseThrow(() -> AdminApiException.notFound("platform " + id)));
            case "archive" -> {
                ArchivedRegistration archived = deregistration.archive(id)
                        .orElseThrow(() -> AdminApiException.notFound("platform " + id));
                yield Deregistered.archived(archived, deregistration.holdings(id).orElseThrow());
            }
            default -> throw new IllegalArgumentException("data must be 'delete' (the registration's people, courses and "
                    + "progress go with it) or 'archive' (they are kept, out of reach of every launch)");
        });
    }

    @PostMapping("/{id}/deployments")
    ResponseEntity<PlatformView> addDeployment(@PathVariable long id, @Valid @RequestBody NewDeployment deployment) {
        Registration before = registry.find(id).orElseThrow(() -> AdminApiException.notFound("platform " + id));
        Registration after = registry.addDeployment(id, deployment.deploymentId().trim())
                .orElseThrow(() -> AdminApiException.notFound("platform " + id));
        HttpStatus status = before.hasDeployment(deployment.deploymentId().trim()) ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(view(after));
    }

    @DeleteMapping("/{id}/deployments/{deploymentId}")
    ResponseEntity<Void> removeDeployment(@PathVariable long id, @PathVariable String deploymentId) {
        if (!registry.removeDeployment(id, deploymentId)) {
            throw AdminApiException.notFound("deployment " + deploymentId + " of platform " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private PlatformView view(Registration r) {
        return new PlatformView(r.id(), r.name(), r.issuer(), r.clientId(), r.authorizationEndpoint(), r.tokenEndpoint(),
                r.jwksUri(), r.tokenAudience(), r.frameOrigins(), r.deploymentIds(), r.source().name(), r.createdAt(),
                r.updatedAt(), new PlatformView.ToolEndpoints(urls.url("/lti/login"), urls.url("/lti/launch"),
                        urls.url("/.well-known/jwks.json"), urls.url("/lti/launch")));
    }

    private static AdminApiException choiceNeeded(long id, Holdings held) {
        return new AdminApiException(HttpStatus.CONFLICT, "registration-has-data", "Registration has data",
                "platform " + id + " holds " + some(held.learners(), "learner") + " (" + some(held.people(), "person", "people")
                        + ") in " + some(held.courses(), "course") + ", and " + some(held.assignments(), "assignment")
                        + ". Repeat with ?data=delete to delete them with the registration, or with ?data=archive to keep them"
                        + " archived, out of reach of every launch.")
                .property("learners", held.learners()).property("people", held.people())
                .property("courses", held.courses()).property("assignments", held.assignments())
                .property("choices", List.of("delete", "archive"));
    }

    private static String some(long count, String one) {
        return some(count, one, one + "s");
    }

    private static String some(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** What a delete did with the registration's data. */
    record Deregistered(long id, String data, long people, long learners, long courses, long assignments, Instant archivedAt) {

        static Deregistered deleted(long id, Holdings held) {
            return new Deregistered(id, "deleted", held.people(), held.learners(), held.courses(), held.assignments(), null);
        }

        static Deregistered archived(ArchivedRegistration r, Holdings held) {
            return new Deregistered(r.id(), "archived", held.people(), held.learners(), held.courses(), held.assignments(),
                    r.archivedAt());
        }
    }

    /** An archived registration as the operator's list shows it. */
    record ArchivedView(long id, String name, String issuer, String clientId, String source, Instant createdAt,
            Instant archivedAt, long people, long learners, long courses, long assignments) {

        static ArchivedView of(ArchivedRegistration r, Holdings held) {
            return new ArchivedView(r.id(), r.name(), r.issuer(), r.clientId(), r.source().name(), r.createdAt(), r.archivedAt(),
                    held.people(), held.learners(), held.courses(), held.assignments());
        }
    }

    record NewDeployment(@NotBlank @Size(max = 255) String deploymentId) {
    }
}
