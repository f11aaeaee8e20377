package org.marsad.watch;
