package io.redweave.internal.aspect;

import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.DeclarePrecedence;

/**
 * The order in which Redweave's advice wraps a method that carries several annotations, outermost
 * first: a lock is taken before anything else happens; counting sees every completed call, including
 * one the cache answers; caching is innermost, around the method itself.
 */
@Aspect
@DeclarePrecedence("io.redweave.internal.aspect.LockingAspect, io.redweave.internal.aspect.CountingAspect,"
        + " io.redweave.internal.aspect.CachingAspect")
public class AspectOrder {}
