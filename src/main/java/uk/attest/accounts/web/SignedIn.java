package uk.attest.accounts.web;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.attest.shared.Actor;

/**
 * A signed-in account as Spring Security holds it: the actor, and the roles as authorities. A
 * password sign-in carries a stamp of the password it used, so a browser session can be ended when
 * the password changes or the account is disabled; a bearer sign-in has none (the token is checked
 * on every request instead).
 */
record SignedIn(Actor actor, String passwordHash, boolean enabled, String stamp)
    implements UserDetails {
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
