package dev.deliberate.lti.platform;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.lti.web.AdminApi;
import dev.deliberate.lti.web.AdminApiException;
import dev.deliberate.shared.ToolUrls;

/** The operator's API for platform registrations and their deployments. */
@AdminApi
@RestController
@RequestMapping("/admin/api/platforms")
class PlatformAdminController {

    private final PlatformRegistry registry;
    private final ToolUrls urls;

    PlatformAdminController(PlatformRegistry registry, ToolUrls urls) {
        this.registry = registry;
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

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!registry.delete(id)) {
            throw AdminApiException.notFound("platform " + id);
        }
        return ResponseEntity.noContent().build();
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

    record NewDeployment(@NotBlank @Size(max = 255) String deploymentId) {
    }
}
