package dev.deliberate.lti.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Platforms extends JpaRepository<Platform, Long> {

    @EntityGraph(attributePaths = "deployments")
    Optional<Platform> findByIssuerAndClientIdAndActiveTrue(String issuer, String clientId);

    @EntityGraph(attributePaths = "deployments")
    List<Platform> findAllByActiveTrueOrderByIssuerAscClientIdAsc();

    List<Platform> findAllByActiveIsNullOrderByArchivedAtDescIdDesc();

    @EntityGraph(attributePaths = "deployments")
    Optional<Platform> findWithDeploymentsById(Long id);
}
