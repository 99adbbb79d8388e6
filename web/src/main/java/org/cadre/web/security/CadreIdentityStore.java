package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.services.access.UserDirectory;

/** Checks usernames and passwords against Cadre's user accounts; roles become groups. */
@ApplicationScoped
public class CadreIdentityStore implements IdentityStore {

  @Inject private UserDirectory directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return directory
        .authenticate(login.getCaller(), login.getPassword().getValue())
        .map(
            caller ->
                new CredentialValidationResult(
                    caller.username(),
                    caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
