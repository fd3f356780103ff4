package dev.deliberate.lti.keys;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ToolKeys extends ListCrudRepository<ToolKey, String> {

    List<ToolKey> findAllByOrderByCreatedAtAsc();
}
