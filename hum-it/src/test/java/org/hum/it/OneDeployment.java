package org.hum.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * Deploys the EAR as built once per run, not once per test class. The classes that test it from
 * outside (all but a few) name the same archive ({@link Deployments#ear()}): the first deploys
 * it, the rest find it deployed, and it stays until a class that needs another archive comes, or
 * the server stops. The few that run inside the server share one archive too
 * ({@link Deployments#inServer()}), kept the same way while they run. A redeployment took 6 to 16 s, about
 * 5 of the suite's 14 minutes on two cores.
 *
 * <p>What a class leaves in the database was already there for the next class; what the
 * application keeps in memory now is too, so a class restores what it changes (the rule clock,
 * the rule profile) as it already did for its own next test.
 */
public class OneDeployment implements LoadableExtension {
    private static final Logger LOG = Logger.getLogger(OneDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Skips the deployments of an archive already deployed and the undeployments in between. */
    public static class Keeper {
        /** The shared archive while it is deployed, and where. */
        private static Archive<?> kept;
        private static DeployableContainer<?> keptIn;
        /** Where its test runner answers, published again for each class that finds it deployed. */
        private static ProtocolMetaData keptAt;

        // what Arquillian's own deployment step publishes in the deployment's scope, published here when it is skipped
        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentInScope;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionInScope;

        @Inject
        private Instance<DeploymentContext> deploymentContext;

        public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Archive<?> archive = event.getDeployment().getDescription().getArchive();
            boolean shared = Deployments.isShared(archive);
            if (shared && kept == archive) {
                // as if deployed: a class that runs in the server is run there only if its deployment is in
                // scope, and reaches the test runner through where it answers
                DeploymentContext scope = deploymentContext.get();
                scope.activate(event.getDeployment());
                try {
                    descriptionInScope.set(event.getDeployment().getDescription());
                    deploymentInScope.set(event.getDeployment());
                    if (keptAt != null) {
                        protocolMetaData.set(keptAt);
                    }
                } finally {
                    scope.deactivate();
                }
                event.getDeployment().deployed();
                return;
            }
            release(); // another archive of the same name and context root
            context.proceed();
            if (shared && event.getDeployment().isDeployed()) {
                kept = archive;
                keptIn = event.getDeployableContainer();
                DeploymentContext scope = deploymentContext.get();
                scope.activate(event.getDeployment());
                try {
                    keptAt = protocolMetaData.get();
                } finally {
                    scope.deactivate();
                }
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            UnDeployDeployment event = context.getEvent();
            if (Deployments.isShared(event.getDeployment().getDescription().getArchive()) && kept == event.getDeployment()
                    .getDescription().getArchive()) {
                event.getDeployment().undeployed(); // kept for the next class
                return;
            }
            context.proceed();
        }

        public void stop(@Observes EventContext<StopContainer> context) throws Exception {
            release();
            context.proceed();
        }

        private static void release() throws Exception {
            if (kept != null) {
                LOG.fine("undeploying the shared EAR");
                Archive<?> archive = kept;
                DeployableContainer<?> container = keptIn;
                kept = null;
                keptIn = null;
                keptAt = null;
                container.undeploy(archive);
            }
        }
    }
}
