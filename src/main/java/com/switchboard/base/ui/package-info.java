/** The portal's frame: layout and navigation shared by every view. */
package com.switchboard.base.ui;
