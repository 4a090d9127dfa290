package io.switchboard.deploy.demo;

/** What every step of the demo works with: the stack, the admin's client, the narrator and activity's reads. */
abstract class DemoStep {

    protected final DemoStack stack;
    protected final Api admin;
    protected final Narrator narrator;
    protected final ActivityReads reads;

    DemoStep(DemoStack stack, Api admin, Narrator narrator) {
        this.stack = stack;
        this.admin = admin;
        this.narrator = narrator;
        this.reads = new ActivityReads(stack, admin);
    }
}
