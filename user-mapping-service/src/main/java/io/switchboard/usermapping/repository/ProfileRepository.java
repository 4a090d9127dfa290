package io.switchboard.usermapping.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Profiles, always addressed by organisation and profile id. */
@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<ProfileEntity, ProfileEntity.Key> {}
