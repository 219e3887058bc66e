#ifndef RECORDLINE_CHIREDIS_SHIM_H
#define RECORDLINE_CHIREDIS_SHIM_H
#include <hiredis/hiredis.h>
#endif
