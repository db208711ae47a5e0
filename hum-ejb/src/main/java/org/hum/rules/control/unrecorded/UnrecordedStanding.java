package org.hum.rules.control.unrecorded;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.api.source.SourceStatus;
import org.hum.rules.control.SourceStanding;

import java.time.Instant;
import java.util.List;

/** No deactivation feature yet: every source is active since the epoch. */
@ApplicationScoped
public class UnrecordedStanding implements SourceStanding {
    @Override
    public Standing of(String sourceId) {
        return new Standing(SourceStatus.ACTIVE, Instant.EPOCH, false);
    }

    @Override
    public List<StatusChange> history(String sourceId) {
        return List.of(new StatusChange(SourceStatus.ACTIVE, Instant.EPOCH));
    }
}
