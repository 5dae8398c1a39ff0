package uk.attest.accounts.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.attest.shared.Actor;

/** Gives a controller method the signed-in {@link Actor} as a parameter. */
@Configuration
class CurrentActor implements WebMvcConfigurer, HandlerMethodArgumentResolver {
  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(Actor.class);
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    // The filter chain lets no unsigned request reach a controller that asks for an actor.
    return signedIn()
        .orElseThrow(
            () -> new IllegalStateException("no signed-in account for " + parameter.getMethod()));
  }

  /** The actor this request is signed in as, if any. */
  static java.util.Optional<Actor> signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
        ? java.util.Optional.of(signedIn.actor())
        : java.util.Optional.empty();
  }
}
