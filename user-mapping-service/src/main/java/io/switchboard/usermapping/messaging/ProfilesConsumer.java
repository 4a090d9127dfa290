package io.switchboard.usermapping.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.events.Channels;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import io.switchboard.usermapping.mapping.ProfileRequest;
import io.switchboard.usermapping.service.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code switchboard.profiles} (key {@code orgId:profileId}) with the same effect as the REST calls: an
 * upsert replaces the profile and re-matches, a delete ends its mappings. A profile the REST API would refuse is
 * poison (dead-lettered), never retried.
 */
@ApplicationScoped
public class ProfilesConsumer implements EventHandler {

    /** The body of {@code profile.upserted} and {@code profile.deleted}. */
    public record ProfileMessage(
            String orgId, String profileId, String email, String displayName, List<String> alternateEmails) {}

    private final EventConsumer consumer;
    private final ProfileService profiles;

    public ProfilesConsumer(EventConsumer consumer, ProfileService profiles) {
        this.consumer = consumer;
        this.profiles = profiles;
    }

    @Incoming(Channels.PROFILES)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return DirectoryTypes.PROFILE_UPSERTED.equals(type) || DirectoryTypes.PROFILE_DELETED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event) {
        ProfileMessage message = event.read(ProfileMessage.class);
        if (message.orgId() == null || message.profileId() == null) {
            throw new PoisonRecordException(event.type() + " without orgId or profileId");
        }
        try {
            return DirectoryTypes.PROFILE_DELETED.equals(event.type())
                    ? profiles.delete(message.orgId(), message.profileId()).replaceWithVoid()
                    : profiles.upsert(message.orgId(), message.profileId(), request(message))
                            .replaceWithVoid();
        } catch (DomainException e) {
            throw new PoisonRecordException(event.type() + ": " + e.getMessage(), e);
        }
    }

    private static ProfileRequest request(ProfileMessage message) {
        return new ProfileRequest(message.email(), message.displayName(), message.alternateEmails());
    }
}
