package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditLabels;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;

import java.util.Optional;

/** The source files' labels for the audit trail: looked up by id, label only. */
@ApplicationScoped
public class SourceAuditLabels implements AuditLabels {
    @Inject
    SourceStore sources;

    @Inject
    HumConfig config;

    @Override
    public Optional<String> sourceLabel(String sourceId) {
        return sources.unrestricted(sourceId)
                .map(s -> AuditTrail.label(config.levels().nameOf(s.classificationLevel()), s.label().compartments()));
    }
}
