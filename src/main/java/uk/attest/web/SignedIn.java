package uk.attest.web;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.attest.access.Actor;

/** A signed-in account as Spring Security holds it: the actor, and the roles as authorities. */
record SignedIn(Actor actor, String passwordHash, boolean enabled) implements UserDetails {
  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        actor.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
